namespace AdrDesk.Domain.Register;

/// <summary>Status of an organisation in the register.</summary>
public enum OrganisationStatus
{
    Active,

    /// <summary>Surseance van betaling (D25h).</summary>
    SuspensionOfPayments,

    /// <summary>D25h.</summary>
    Bankrupt,

    /// <summary>D25h.</summary>
    CeasedTrading,

    /// <summary>D18: removed after not complying with a ruling.</summary>
    RemovedFromRegister,
}
