using Microsoft.AspNetCore.Identity;

namespace AdrDesk.Infrastructure.Identity;

/// <summary>An account. Identity's own fields plus what AdrDesk needs to address the person.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>For Business users: the organisation (webshop / scheme participant) they act for.</summary>
    public Guid? OrganisationId { get; set; }

    /// <summary>What a business user stated at registration; staff link the account to the register by it.</summary>
    public string? CompanyName { get; set; }
    public string? KvkNumber { get; set; }

    /// <summary>Culture name of the language the person reads (nl, en, de); mail goes out in it.</summary>
    public string PreferredLanguage { get; set; } = "nl";

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole() { }
    public AppRole(string name) : base(name) => NormalizedName = name.ToUpperInvariant();
}

public sealed class AppUserRole : IdentityUserRole<Guid>;
public sealed class AppUserClaim : IdentityUserClaim<Guid>;
public sealed class AppUserLogin : IdentityUserLogin<Guid>;
public sealed class AppUserToken : IdentityUserToken<Guid>;
public sealed class AppRoleClaim : IdentityRoleClaim<Guid>;
