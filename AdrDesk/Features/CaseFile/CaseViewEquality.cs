namespace AdrDesk.Features.CaseFile;

/// <summary>
/// Issue 21: whether a part of the case page shows the same as before. A live refresh re-reads the whole case and
/// hands each panel new lists; a panel whose content is equal item by item does not render again. The views are
/// records (equal by value) except for their nested lists, compared here item by item.
/// </summary>
public static class CaseViewEquality
{
    public static bool Same<T>(IReadOnlyList<T>? before, IReadOnlyList<T>? now) =>
        ReferenceEquals(before, now) || (before is not null && now is not null && before.SequenceEqual(now));

    public static bool SameMessages(IReadOnlyList<MessageView>? before, IReadOnlyList<MessageView>? now) =>
        ReferenceEquals(before, now) || (before is not null && now is not null && before.Count == now.Count
            && before.Zip(now).All(p => Same(p.First.Attachments, p.Second.Attachments) && p.First with { Attachments = p.Second.Attachments } == p.Second));
}
