namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>The site's configured address (Site:BaseUrl), checked once for every link the chat builds to it.</summary>
internal static class SiteAddress
{
    /// <summary>An absolute http(s) address without its trailing slash; anything else throws, naming the setting.</summary>
    public static string Parse(string baseUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseUrl);
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"Site:BaseUrl must be an absolute http(s) URL (was '{baseUrl}').", nameof(baseUrl));
        }

        return baseUrl.TrimEnd('/');
    }
}
