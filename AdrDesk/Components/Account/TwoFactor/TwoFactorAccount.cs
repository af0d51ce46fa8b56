using System.Text;
using AdrDesk.Infrastructure.Desk;
using AdrDesk.Infrastructure.Identity;
using AdrDesk.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QRCoder;

namespace AdrDesk.Components.Account.TwoFactor;

/// <summary>
/// Issue 19 item 3: the authenticator app (TOTP, Identity's own authenticator token provider) and recovery codes of the
/// signed-in account. Every method works on the caller's own account only (the pages pass the signed-in user); every
/// change renews the security stamp (other sessions end at their next check, within a minute) and is logged per account;
/// making the first key, which changes nothing about signing in, does not (<see cref="KeyAsync"/>).
/// </summary>
public sealed class TwoFactorAccount(
    UserManager<AppUser> users,
    IUserStore<AppUser> store,
    SignInManager<AppUser> signIn,
    IOptions<DeskOptions> desk,
    ILogger<TwoFactorAccount> logger)
{
    public const int RecoveryCodeCount = 10;

    public async Task<bool> IsStaffAsync(AppUser user) => (await users.GetRolesAsync(user)).Any(SecondFactor.IsStaffRole);

    /// <summary>The account's authenticator key, made on first use.</summary>
    public async Task<string> KeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            // The first key is not a security change: the second factor stays off and no code signs anyone in until one
            // is proved (EnableAsync renews the stamp then). Identity's ResetAuthenticatorKeyAsync would renew the security
            // stamp here, and this very session (the page only shows the key) would end at its next check, a minute later,
            // while the person is still typing the key into the app: so the key is stored without touching the stamp.
            if (store is not IUserAuthenticatorKeyStore<AppUser> keys)
                throw new InvalidOperationException("The user store keeps no authenticator keys.");
            await keys.SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
            var saved = await users.UpdateAsync(user);
            if (!saved.Succeeded)
                throw new InvalidOperationException("The authenticator key was not saved: " + string.Join("; ", saved.Errors.Select(e => e.Description)));
            key = await users.GetAuthenticatorKeyAsync(user);
            logger.LogInformation("User {UserId}: authenticator key made", user.Id);
        }
        return key!;
    }

    /// <summary>The key as a person types it: groups of four, e.g. "ADRD ESKD EMOS …".</summary>
    public static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            if (i > 0 && i % 4 == 0) text.Append(' ');
            text.Append(char.ToUpperInvariant(key[i]));
        }
        return text.ToString();
    }

    /// <summary>The otpauth URI an authenticator app reads (Key Uri Format): SHA1, 6 digits, 30 seconds, issuer = the desk's name.</summary>
    public string OtpAuthUri(AppUser user, string key)
    {
        var issuer = Uri.EscapeDataString(desk.Value.Name);
        return $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email ?? user.UserName ?? "")}?secret={key}&issuer={issuer}&digits=6&period=30";
    }

    /// <summary>The URI as a QR code, an SVG in a data: URI (made here; no external service sees the key).</summary>
    public static string QrCodeDataUri(string otpauthUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(otpauthUri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        return "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
    }

    /// <summary>Digits only, without the spaces or hyphens an app shows or a person types.</summary>
    public static string Normalise(string? code) => new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());

    /// <summary>Whether the code is the authenticator's current one for this account (no side effects: no lockout count).</summary>
    public async Task<bool> IsCurrentCodeAsync(AppUser user, string code)
    {
        var digits = Normalise(code);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits);
    }

    /// <summary>
    /// Switches the second factor on after the person proved a code from the app; returns the new recovery codes (shown
    /// once) or null for a wrong code. This browser's sign-in then carries the proof (amr=mfa): the person just gave it.
    /// </summary>
    public async Task<IReadOnlyList<string>?> EnableAsync(AppUser user, string code)
    {
        if (!await IsCurrentCodeAsync(user, code))
        {
            logger.LogWarning("User {UserId}: wrong code while setting up the authenticator", user.Id);
            return null;
        }
        await users.SetTwoFactorEnabledAsync(user, true); // renews the security stamp
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await users.UpdateSecurityStampAsync(user);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [SecondFactor.MfaClaim()]);
        logger.LogInformation("User {UserId}: second factor switched on, {Count} recovery codes issued", user.Id, codes.Count);
        return codes;
    }

    /// <summary>New recovery codes; the old ones stop working. Null when the second factor is off.</summary>
    public async Task<IReadOnlyList<string>?> RegenerateRecoveryCodesAsync(AppUser user)
    {
        if (!user.TwoFactorEnabled) return null;
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId}: recovery codes regenerated", user.Id);
        return codes;
    }

    /// <summary>
    /// A new key: codes from the old one stop working at once, and the second factor is off until a code from the new
    /// key is proved on the set-up page (for staff: no staff page until then).
    /// </summary>
    public async Task ResetKeyAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user); // renews the security stamp
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId}: authenticator key reset", user.Id);
    }

    /// <summary>Switches the second factor off; refused (false) for staff, who must keep it.</summary>
    public async Task<bool> DisableAsync(AppUser user)
    {
        if (await IsStaffAsync(user))
        {
            logger.LogWarning("User {UserId}: staff may not switch the second factor off", user.Id);
            return false;
        }
        await users.SetTwoFactorEnabledAsync(user, false); // renews the security stamp
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId}: second factor switched off", user.Id);
        return true;
    }
}
