using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Jamsos.Outreach.Tests.Site;

/// <summary>
/// Serves a built site on 127.0.0.1 the way Netlify does for the browser test: folder URLs serve their
/// index.html, a missing path serves 404.html with status 404, and every response carries the headers
/// netlify.toml sets for "/*" (the CSP among them), so a script the CSP would block fails here too.
/// </summary>
public sealed partial class StaticSiteServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json",
        [".wasm"] = "application/wasm",
        [".xml"] = "application/xml",
        [".txt"] = "text/plain; charset=utf-8",
        [".webmanifest"] = "application/manifest+json",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
    };

    private readonly string root;
    private readonly HttpListener listener = new();
    private readonly IReadOnlyList<(string Name, string Value)> headers;
    private readonly Task loop;

    public StaticSiteServer(string root, IReadOnlyList<(string Name, string Value)> headers)
    {
        this.root = root;
        this.headers = headers;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        BaseAddress = $"http://127.0.0.1:{port}";
        listener.Prefixes.Add(BaseAddress + "/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public string BaseAddress { get; }

    /// <summary>The headers netlify.toml sets for every path ("/*").</summary>
    public static IReadOnlyList<(string Name, string Value)> NetlifyHeaders(string netlifyToml)
    {
        var text = File.ReadAllText(netlifyToml);
        var start = text.IndexOf("for = \"/*\"", StringComparison.Ordinal);
        var block = text[text.IndexOf('\n', start)..];
        block = block[..block.IndexOf("[[", StringComparison.Ordinal)];
        return HeaderLine().Matches(block).Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        try
        {
            listener.Close();
        }
        catch (HttpListenerException)
        {
            // Linux's managed listener may look its endpoint up again while closing and bind the port anew; when
            // something else has taken that port by then, it throws "Address already in use". Stop has already
            // removed the endpoint, so nothing is served either way (a CI run of 2026-12-08 failed here once).
        }

        try
        {
            await loop;
        }
        catch (HttpListenerException)
        {
            // Stopping the listener ends the pending GetContextAsync with this exception.
        }
        catch (ObjectDisposedException)
        {
            // Likewise, depending on where the loop was.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            var context = await listener.GetContextAsync();
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Path.GetFullPath(Path.Combine(root, path.TrimStart('/') + (path.EndsWith('/') ? "index.html" : string.Empty)));
            if (!file.StartsWith(root, StringComparison.Ordinal) || !File.Exists(file))
            {
                file = Path.Combine(root, "404.html");
                response.StatusCode = 404;
            }

            foreach (var (name, value) in headers)
            {
                response.AddHeader(name, value);
            }

            response.ContentType = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            var bytes = File.ReadAllBytes(file);
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        finally
        {
            response.Close();
        }
    }

    [GeneratedRegex("^\\s*([A-Za-z-]+) = \"([^\"]*)\"", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();
}
