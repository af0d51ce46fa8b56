namespace AdrDesk.Domain.Schemes;

/// <summary>The three regelingen AdrDesk hosts; every case belongs to exactly one.</summary>
public enum Scheme
{
    /// <summary>D rules: consumer vs webshop, ends in a binding ruling or a settlement.</summary>
    BindingRuling,

    /// <summary>M rules: scheme participant vs its business client, ends in a vaststellingsovereenkomst.</summary>
    B2BMediation,

    /// <summary>B rules: consumer vs scheme participant, free and informal.</summary>
    ConsumerBemiddeling,
}

public static class SchemeCodes
{
    public static string Prefix(this Scheme scheme) => scheme switch
    {
        Scheme.BindingRuling => "DD",
        Scheme.B2BMediation => "MB",
        Scheme.ConsumerBemiddeling => "BM",
        _ => throw new ArgumentOutOfRangeException(nameof(scheme), scheme, null),
    };

    public static Scheme? FromPrefix(string prefix) => prefix switch
    {
        "DD" => Scheme.BindingRuling,
        "MB" => Scheme.B2BMediation,
        "BM" => Scheme.ConsumerBemiddeling,
        _ => null,
    };
}
