namespace AdrDesk.Domain.Deadlines;

public enum DeadlineKind
{
    /// <summary>Directive art. 5(4): a reasoned refusal within 3 weeks of receiving the complete complaint file.</summary>
    Refusal,

    /// <summary>D9: the consumer has 5 weeks to consent to a webshop's filing.</summary>
    Consent,

    /// <summary>D12: the other party has 14 days to respond.</summary>
    Response,

    /// <summary>D13: a party answers the assessor's request for information.</summary>
    InformationRequest,

    /// <summary>D15: the ruling within 90 days of the dossier being complete, extendable once by at most 90 days.</summary>
    Ruling,

    /// <summary>D17: the ruling states by when it must be complied with.</summary>
    Compliance,

    /// <summary>D18: the term of the one formal reminder (aanmaning).</summary>
    Reminder,

    /// <summary>D19: a party may go to court within 2 months after the ruling was sent.</summary>
    Court,

    /// <summary>D24: data is kept at most 2 years after the ruling or the end of the procedure.</summary>
    Retention,
}

/// <summary>Who a deadline binds.</summary>
public enum DeadlineBinds
{
    Desk,
    Assessor,
    Consumer,
    Business,
    BothParties,
}

public enum DeadlineStatus
{
    Running,

    /// <summary>Running with a later due date (D15 allows this once).</summary>
    Extended,

    /// <summary>Closed on or before its due instant.</summary>
    Met,

    /// <summary>Closed after its due instant.</summary>
    Missed,

    /// <summary>No longer relevant because the procedure stopped (withdrawn, settled, refused).</summary>
    Cancelled,

    /// <summary>Stopped while the case waits for someone else (D26 screening term during D9 consent or D5 subscription); resumes with the time left.</summary>
    Paused,
}
