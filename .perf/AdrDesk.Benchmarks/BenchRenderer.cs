using System.Runtime.ExceptionServices;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.Logging.Abstractions;

namespace AdrDesk.Benchmarks;

#pragma warning disable BL0006 // the render tree types are "for the framework"; a renderer is framework code
/// <summary>
/// Issue 21: a Blazor renderer without a browser, for benchmarks of what the server does per user action: it renders,
/// diffs and builds the render batch a circuit would send, and drops it. It remembers the event handlers of elements
/// named by tag and id, so that a benchmark can dispatch an event as the browser would (a keystroke's oninput).
/// </summary>
public sealed class BenchRenderer(IServiceProvider services) : Renderer(services, NullLoggerFactory.Instance)
{
    private readonly Dictionary<(string Tag, string Id, string Event), ulong> _handlers = [];

    public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

    /// <summary>Render batches built so far (each what one round trip to the browser would carry).</summary>
    public int Batches { get; private set; }

    public ulong? Handler(string tag, string id, string eventName) =>
        _handlers.TryGetValue((tag, id, eventName), out var handler) ? handler : null;

    public Task<TComponent> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent =>
        Dispatcher.InvokeAsync(async () =>
        {
            var component = (TComponent)InstantiateComponent(typeof(TComponent));
            var id = AssignRootComponentId(component);
            await RenderRootComponentAsync(id, ParameterView.FromDictionary(parameters));
            return component;
        });

    public Task DispatchAsync(ulong handler, EventArgs args) => Dispatcher.InvokeAsync(() => DispatchEventAsync(handler, null, args));

    /// <summary>
    /// Dispatches an event to the element's handler as the browser would. A component that renders itself again may give
    /// the element a new handler id (the first run's keystroke benchmark failed on a stale one): then the current render
    /// trees are searched for it.
    /// </summary>
    public Task DispatchAsync(string tag, string id, string eventName, EventArgs args) => Dispatcher.InvokeAsync(async () =>
    {
        var handler = Handler(tag, id, eventName) ?? Find(tag, id, eventName);
        try
        {
            await DispatchEventAsync(handler, null, args);
        }
        catch (ArgumentException)
        {
            await DispatchEventAsync(Find(tag, id, eventName), null, args);
        }
    });

    private ulong Find(string tag, string id, string eventName)
    {
        for (var component = 0; component < 2_000; component++)
        {
            ArrayRange<RenderTreeFrame> frames;
            try { frames = GetCurrentRenderTreeFrames(component); }
            catch (ArgumentException) { continue; } // disposed, or past the last component
            for (var i = 0; i < frames.Count; i++)
            {
                var element = frames.Array[i];
                if (element.FrameType != RenderTreeFrameType.Element || element.ElementName != tag) continue;
                string? found = null;
                ulong handler = 0;
                for (var a = i + 1; a < frames.Count && frames.Array[a].FrameType == RenderTreeFrameType.Attribute; a++)
                {
                    var attribute = frames.Array[a];
                    if (attribute.AttributeName == "id") found = attribute.AttributeValue as string;
                    else if (attribute.AttributeName == eventName) handler = attribute.AttributeEventHandlerId;
                }
                if (found == id && handler != 0) return _handlers[(tag, id, eventName)] = handler;
            }
        }
        throw new InvalidOperationException($"no {tag}#{id} with {eventName} in the current render trees");
    }

    public Task SetParametersAsync(IComponent component, IDictionary<string, object?> parameters) =>
        Dispatcher.InvokeAsync(() => component.SetParametersAsync(ParameterView.FromDictionary(parameters)));

    protected override void HandleException(Exception exception) => ExceptionDispatchInfo.Capture(exception).Throw();

    protected override Task UpdateDisplayAsync(in RenderBatch batch)
    {
        Batches++;
        var frames = batch.ReferenceFrames;
        for (var i = 0; i < frames.Count; i++)
        {
            var element = frames.Array[i];
            if (element.FrameType != RenderTreeFrameType.Element) continue;
            string? id = null;
            var events = new List<(string, ulong)>();
            for (var a = i + 1; a < frames.Count && frames.Array[a].FrameType == RenderTreeFrameType.Attribute; a++)
            {
                var attribute = frames.Array[a];
                if (attribute.AttributeName == "id") id = attribute.AttributeValue as string;
                else if (attribute.AttributeEventHandlerId != 0) events.Add((attribute.AttributeName, attribute.AttributeEventHandlerId));
            }
            if (id is null) continue;
            foreach (var (name, handler) in events) _handlers[(element.ElementName, id, name)] = handler;
        }
        // A re-render that gave an element's handler a new id (a new delegate) disposes the old id and sets the attribute
        // again; the known handler of that event name moves to the new id.
        var disposed = new HashSet<ulong>();
        for (var i = 0; i < batch.DisposedEventHandlerIDs.Count; i++) disposed.Add(batch.DisposedEventHandlerIDs.Array[i]);
        if (disposed.Count == 0) return Task.CompletedTask;
        for (var c = 0; c < batch.UpdatedComponents.Count; c++)
        {
            var edits = batch.UpdatedComponents.Array[c].Edits;
            for (var e = 0; e < edits.Count; e++)
            {
                var edit = edits.Array[e];
                if (edit.Type != RenderTreeEditType.SetAttribute) continue;
                var attribute = frames.Array[edit.ReferenceFrameIndex];
                if (attribute.AttributeEventHandlerId == 0) continue;
                foreach (var key in _handlers.Where(h => disposed.Contains(h.Value) && h.Key.Event == attribute.AttributeName).Select(h => h.Key).ToList())
                    _handlers[key] = attribute.AttributeEventHandlerId;
            }
        }
        return Task.CompletedTask;
    }
}
