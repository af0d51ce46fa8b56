using AdrDesk.Features.CaseFile.Components;
using AdrDesk.Features.Intake.Pages;
using AdrDesk.Features.Intake.Steps;
using AdrDesk.Features.Register;
using AdrDesk.Features.Workbench.Components;

namespace AdrDesk.Tests.Components;

/// <summary>
/// Issue 21: how often a component itself rendered. bUnit's RenderCount also counts the renders of the component's
/// children (a MudTextField re-renders itself per keystroke), so the render tests use these: the app's component,
/// counting its own renders in OnAfterRender (called once per render of that component).
/// </summary>
public interface ICountsRenders
{
    int Renders { get; }
}

public sealed class CountingMessageThread : MessageThread, ICountsRenders
{
    public int Renders { get; private set; }
    protected override void OnAfterRender(bool firstRender) { Renders++; base.OnAfterRender(firstRender); }
}

public sealed class CountingMessageForm : MessageForm, ICountsRenders
{
    public int Renders { get; private set; }
    protected override void OnAfterRender(bool firstRender) { Renders++; base.OnAfterRender(firstRender); }
}

public sealed class CountingIntakeWizard : IntakeWizard, ICountsRenders
{
    public int Renders { get; private set; }
    protected override void OnAfterRender(bool firstRender) { Renders++; base.OnAfterRender(firstRender); }
}

public sealed class CountingStepWebshop : StepWebshop, ICountsRenders
{
    public int Renders { get; private set; }
    protected override void OnAfterRender(bool firstRender) { Renders++; base.OnAfterRender(firstRender); }
}

public sealed class CountingYesNo : YesNo, ICountsRenders
{
    public int Renders { get; private set; }
    protected override void OnAfterRender(bool firstRender) { Renders++; base.OnAfterRender(firstRender); }
}

public sealed class CountingRegisterList : RegisterList, ICountsRenders
{
    public int Renders { get; private set; }
    protected override void OnAfterRender(bool firstRender) { Renders++; base.OnAfterRender(firstRender); }
}

public sealed class CountingWebshops : Webshops, ICountsRenders
{
    public int Renders { get; private set; }
    protected override void OnAfterRender(bool firstRender) { Renders++; base.OnAfterRender(firstRender); }
}

public sealed class CountingWorkbenchFilters : WorkbenchFilters, ICountsRenders
{
    public int Renders { get; private set; }
    protected override void OnAfterRender(bool firstRender) { Renders++; base.OnAfterRender(firstRender); }
}
