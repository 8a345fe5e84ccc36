namespace Jamsos.Outreach.Bot.Hosting;

/// <summary>
/// Section "Privacy". <see cref="Salt"/> (<c>Privacy__Salt</c>) is the secret of the person hash, base64 of
/// at least 16 random bytes (<c>openssl rand -base64 32</c>); empty: a random salt made once and kept in the
/// database, which is enough unless the database itself must not be able to link a hash to a person.
/// </summary>
internal sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    public string? Salt { get; set; }

    /// <summary>The configured salt's bytes; null when none is configured or it is not base64.</summary>
    public byte[]? SaltBytes()
    {
        if (string.IsNullOrWhiteSpace(Salt))
        {
            return null;
        }

        var buffer = new byte[Salt.Length];
        return Convert.TryFromBase64String(Salt.Trim(), buffer, out var written) ? buffer[..written] : null;
    }
}
