namespace AdrDesk.Domain.Common;

/// <summary>
/// D8: disputes may be filed in Dutch, English or German; the procedure itself runs in Dutch,
/// or in English when the consumer asks.
/// </summary>
public enum Language
{
    Nl,
    En,
    De,
}
