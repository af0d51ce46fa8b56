namespace AdrDesk.Security;

/// <summary>The six roles of AdrDesk. Role names are stored in the database; never rename one.</summary>
public static class Roles
{
    public const string Consumer = "Consumer";
    /// <summary>Webshop or scheme participant (deelnemer); always linked to an organisation.</summary>
    public const string Business = "Business";
    /// <summary>Beoordelaar: works binding-ruling cases assigned to them.</summary>
    public const string Assessor = "Assessor";
    public const string Mediator = "Mediator";
    /// <summary>Desk staff: intake of paper forms, screening, assignment.</summary>
    public const string CaseManager = "CaseManager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Consumer, Business, Assessor, Mediator, CaseManager, Admin];

    /// <summary>Roles a person may choose when registering themselves; the others are given by an admin.</summary>
    public static readonly IReadOnlyList<string> SelfRegistration = [Consumer, Business];
}
