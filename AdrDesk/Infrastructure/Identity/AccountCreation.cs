using AdrDesk.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AdrDesk.Infrastructure.Identity;

/// <summary>
/// Issue 19 item 5: an account and its role are made in one transaction. Identity's stores save after each call, so
/// without one a failure between the two (a full disk, a missing role) left an account without a role that could
/// neither be used nor registered again. <paramref name="db"/> must be the context of <paramref name="users"/>'s
/// scope (Identity's EF stores take the scope's AdrDbContext).
/// </summary>
public static class AccountCreation
{
    /// <summary>The error code of a rolled-back creation (words: the shell's "Identity.AccountNotCreated").</summary>
    public const string NotCreated = "AccountNotCreated";

    public static async Task<IdentityResult> CreateWithRoleAsync(
        UserManager<AppUser> users, AdrDbContext db, AppUser user, string? password, string role)
    {
        if (password is not null)
        {
            var errors = new List<IdentityError>();
            foreach (var validator in users.PasswordValidators)
            {
                var valid = await validator.ValidateAsync(users, user, password);
                if (!valid.Succeeded) errors.AddRange(valid.Errors);
            }
            if (errors.Count > 0) return IdentityResult.Failed([.. errors]);
            // Hashed before the transaction starts: PBKDF2 takes ~100 ms, too long to hold SQLite's write lock.
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await users.CreateAsync(user);
            if (result.Succeeded) result = await users.AddToRoleAsync(user, role);
            if (!result.Succeeded) return result; // disposing the transaction rolls the account back
            await transaction.CommitAsync();
            return result;
        }
        catch (Exception e) when (e is InvalidOperationException or DbUpdateException or System.Data.Common.DbException or IOException)
        {
            // The store throws for a missing role; the database for a full disk. Either way nothing was kept.
            db.ChangeTracker.Clear();
            return IdentityResult.Failed(new IdentityError { Code = NotCreated, Description = "The account was not made; nothing was kept." });
        }
    }
}
