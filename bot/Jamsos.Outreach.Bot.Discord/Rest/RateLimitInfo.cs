using System.Globalization;
using System.Net.Http.Headers;

namespace Jamsos.Outreach.Bot.Channels.Discord.Rest;

/// <summary>
/// The X-RateLimit-* headers of one response, parsed once. <see cref="ResetAfter"/> is preferred over
/// the absolute reset time, which depends on clock skew; <see cref="RetryAfter"/> is the Retry-After header.
/// </summary>
internal readonly record struct RateLimitInfo(
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    string? Bucket,
    bool IsGlobal,
    string? Scope,
    TimeSpan? RetryAfter)
{
    public static RateLimitInfo From(HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        return new RateLimitInfo(
            Int(headers, "X-RateLimit-Limit"),
            Int(headers, "X-RateLimit-Remaining"),
            Seconds(headers, "X-RateLimit-Reset-After"),
            Text(headers, "X-RateLimit-Bucket"),
            string.Equals(Text(headers, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase),
            Text(headers, "X-RateLimit-Scope"),
            Seconds(headers, "Retry-After"));
    }

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault()?.Trim() : null;

    private static int? Int(HttpResponseHeaders headers, string name) =>
        int.TryParse(Text(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static TimeSpan? Seconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < 86_400
            ? TimeSpan.FromSeconds(s)
            : null;
}
