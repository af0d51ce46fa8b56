using Microsoft.AspNetCore.Components;

namespace AdrDesk.Components.Shared;

/// <summary>
/// Issue 21: an event handler after which no component renders again. Blazor re-renders the component that owns a
/// handler after every call; for a keystroke that only keeps the typed text (the message box, a search box) that
/// re-rendered a whole form or thread per character. The delegate's target is a receiver that handles the event without
/// <c>StateHasChanged</c> (the pattern of the framework's docs, "Avoid rerendering after handling events without state
/// changes"), so whatever must show the change renders itself (a counter).
/// </summary>
public static class NonRendering
{
    public static Action<T> Handler<T>(Action<T> handler) => new Receiver<T>(handler).Invoke;

    /// <summary>The same for a handler that runs asynchronously (what it calls may render its own receiver).</summary>
    public static Func<T, Task> HandlerAsync<T>(Func<T, Task> handler) => new AsyncReceiver<T>(handler).Invoke;

    private abstract class ReceiverBase : IHandleEvent
    {
        public Task HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);
    }

    private sealed class Receiver<T>(Action<T> handler) : ReceiverBase
    {
        public void Invoke(T value) => handler(value);
    }

    private sealed class AsyncReceiver<T>(Func<T, Task> handler) : ReceiverBase
    {
        public Task Invoke(T value) => handler(value);
    }
}
