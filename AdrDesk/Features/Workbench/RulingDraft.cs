using AdrDesk.Domain.Common;

namespace AdrDesk.Features.Workbench;

/// <summary>
/// The text of a binding ruling while the panel works on it (D16, D17): the rapporteur edits it, autosave
/// overwrites it and steps <see cref="Revision"/>; an approval holds for one revision only, so any change
/// after an approval asks for it again. Once the ruling is issued the draft is frozen (<see cref="IssuedAt"/>).
/// </summary>
public sealed class RulingDraft
{
    private RulingDraft() { }

    public Guid Id { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public RulingText Text { get; private set; } = RulingText.Empty;
    public int Revision { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public Guid UpdatedById { get; private set; }
    public string UpdatedByName { get; private set; } = "";
    public DateTimeOffset? IssuedAt { get; private set; }
    /// <summary>The stored ruling document (documents feature) once issued.</summary>
    public Guid? DocumentId { get; private set; }

    public bool IsIssued => IssuedAt is not null;

    public static RulingDraft Start(string caseNumber, RulingText text, Actor author, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), CaseNumber = caseNumber, Text = text, Revision = 0,
        UpdatedAt = at, UpdatedById = author.UserId, UpdatedByName = author.DisplayName,
    };

    /// <summary>True when the text changed (a new revision); false when the autosave had nothing new.</summary>
    public bool Change(RulingText text, Actor author, DateTimeOffset at)
    {
        if (text == Text) return false;
        Text = text;
        Revision++;
        UpdatedAt = at;
        UpdatedById = author.UserId;
        UpdatedByName = author.DisplayName;
        return true;
    }

    public void MarkIssued(Guid documentId, DateTimeOffset at)
    {
        IssuedAt = at;
        DocumentId = documentId;
    }
}

/// <summary>The structured parts of a ruling (issue 7, item 4): facts, both positions, considerations, decision, D17 compliance.</summary>
public sealed record RulingText(
    string Facts,
    string ConsumerPosition,
    string WebshopPosition,
    string Considerations,
    string Decision,
    decimal? Amount,
    DateOnly? ComplyBy,
    PartyRole MustComply,
    string ComplianceManner)
{
    public static readonly RulingText Empty = new("", "", "", "", "", null, null, PartyRole.Business, "");

    /// <summary>Issue 19 item 5: per part, well within what one circuit message carries (CircuitLimits), each keystroke sending one part.</summary>
    public const int MaxPartLength = 20_000;

    public bool IsTooLong =>
        new[] { Facts, ConsumerPosition, WebshopPosition, Considerations, Decision, ComplianceManner }.Any(p => p is { Length: > MaxPartLength });

    /// <summary>Paragraphs: separated by an empty line (or one per line).</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>A snapshot in the version history: appended when the text changed and the last snapshot is older than a few minutes, and at every approval and at the issue.</summary>
public sealed class RulingDraftVersion
{
    private RulingDraftVersion() { }

    public Guid Id { get; private set; }
    public Guid DraftId { get; private set; }
    public int Revision { get; private set; }
    public RulingText Text { get; private set; } = RulingText.Empty;
    public DateTimeOffset SavedAt { get; private set; }
    public Guid SavedById { get; private set; }
    public string SavedByName { get; private set; } = "";

    public static RulingDraftVersion Of(RulingDraft draft) => new()
    {
        Id = Guid.NewGuid(), DraftId = draft.Id, Revision = draft.Revision, Text = draft.Text,
        SavedAt = draft.UpdatedAt, SavedById = draft.UpdatedById, SavedByName = draft.UpdatedByName,
    };
}

public enum ReviewKind
{
    Comment,
    Approval,
}

/// <summary>A panel member's comment on, or approval of, one revision of the draft (panel of three, D10).</summary>
public sealed class RulingReview
{
    private RulingReview() { }

    public Guid Id { get; private set; }
    public Guid DraftId { get; private set; }
    public int Revision { get; private set; }
    public ReviewKind Kind { get; private set; }
    public Guid AssessorId { get; private set; }
    public string AssessorName { get; private set; } = "";
    public string Text { get; private set; } = "";
    public DateTimeOffset At { get; private set; }

    public static RulingReview Record(RulingDraft draft, ReviewKind kind, Actor assessor, string text, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid(), DraftId = draft.Id, Revision = draft.Revision, Kind = kind,
        AssessorId = assessor.UserId, AssessorName = assessor.DisplayName, Text = text.Trim(), At = at,
    };
}

/// <summary>A named filter of the workbench grid, saved per user.</summary>
public sealed class SavedGridFilter
{
    private SavedGridFilter() { }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>The <see cref="WorkbenchQuery"/> as JSON.</summary>
    public string Json { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }

    public static SavedGridFilter Create(Guid userId, string name, string json, DateTimeOffset at) =>
        new() { Id = Guid.NewGuid(), UserId = userId, Name = name.Trim(), Json = json, CreatedAt = at };
}
