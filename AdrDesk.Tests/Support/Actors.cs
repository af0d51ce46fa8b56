using AdrDesk.Domain.Common;

namespace AdrDesk.Tests.Support;

/// <summary>The people in the test scenarios.</summary>
public static class Actors
{
    public static readonly Actor Consumer = new(Guid.Parse("00000000-0000-0000-0000-00000000c001"), "Sanne de Vries", Role.Consumer);
    public static readonly Actor Webshop = new(Guid.Parse("00000000-0000-0000-0000-00000000b001"), "Fietsenwinkel BV", Role.Business);
    public static readonly Actor Client = new(Guid.Parse("00000000-0000-0000-0000-00000000b002"), "Klant BV", Role.Business);
    public static readonly Actor Stranger = new(Guid.Parse("00000000-0000-0000-0000-00000000c999"), "Iemand anders", Role.Consumer);
    public static readonly Actor CaseManager = new(Guid.Parse("00000000-0000-0000-0000-00000000d001"), "Eva Jansen", Role.CaseManager);
    public static readonly Actor Admin = new(Guid.Parse("00000000-0000-0000-0000-00000000d002"), "Beheer", Role.Admin);
    public static readonly Actor Assessor = new(Guid.Parse("00000000-0000-0000-0000-00000000a001"), "mr. P. Bakker", Role.Assessor);
    public static readonly Actor Assessor2 = new(Guid.Parse("00000000-0000-0000-0000-00000000a002"), "mr. K. Smit", Role.Assessor);
    public static readonly Actor Assessor3 = new(Guid.Parse("00000000-0000-0000-0000-00000000a003"), "mr. L. Visser", Role.Assessor);
    public static readonly Actor Mediator = new(Guid.Parse("00000000-0000-0000-0000-00000000e001"), "M. de Boer", Role.Mediator);
}
