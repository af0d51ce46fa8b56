namespace AdrDesk.Domain.Common;

/// <summary>Who acts on a case. <see cref="System"/> is the background service that handles due work.</summary>
public enum Role
{
    Consumer,
    Business,
    Assessor,
    Mediator,
    CaseManager,
    Admin,
    System,
}

public static class Roles
{
    /// <summary>Desk staff: may take staff decisions and record what parties send on paper (D6, D21).</summary>
    public static bool IsStaff(this Role role) => role is Role.CaseManager or Role.Admin;

    /// <summary>A party to a case, as opposed to the desk.</summary>
    public static bool IsParty(this Role role) => role is Role.Consumer or Role.Business;
}
