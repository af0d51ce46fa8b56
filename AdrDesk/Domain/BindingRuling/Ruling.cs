using AdrDesk.Domain.Common;

namespace AdrDesk.Domain.BindingRuling;

/// <summary>What the assessor decides. D16: with reasons; D17: how and by when to comply, and by whom.</summary>
public sealed record RulingContent(string Decision, string Reasons, string ComplianceManner, DateOnly ComplyBy, PartyRole MustComply);

/// <summary>The issued uitspraak, binding on both parties (D17); D19: no appeal, the court term runs from <see cref="SentAt"/>.</summary>
public sealed class Ruling
{
    private Ruling()
    {
        Decision = Reasons = ComplianceManner = IssuedByName = "";
    }

    public string Decision { get; private set; }
    public string Reasons { get; private set; }
    public string ComplianceManner { get; private set; }
    public DateOnly ComplyBy { get; private set; }
    public PartyRole MustComply { get; private set; }
    public Guid IssuedById { get; private set; }
    public string IssuedByName { get; private set; }
    public DateTimeOffset IssuedAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }

    internal static Ruling Issue(RulingContent content, Actor assessor, DateTimeOffset at) => new()
    {
        Decision = content.Decision.Trim(),
        Reasons = content.Reasons.Trim(),
        ComplianceManner = content.ComplianceManner.Trim(),
        ComplyBy = content.ComplyBy,
        MustComply = content.MustComply,
        IssuedById = assessor.UserId,
        IssuedByName = assessor.DisplayName,
        IssuedAt = at,
    };

    internal void MarkSent(DateTimeOffset at) => SentAt = at;
}
