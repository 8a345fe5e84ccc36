using System.Text.Encodings.Web;
using System.Text.Unicode;
using Jamsos.Outreach.Knowledge.Content;
using Jamsos.Outreach.Site.Generation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Jamsos.Outreach.Site.Rendering;

/// <summary>
/// Renders page components to complete HTML documents with Blazor's <see cref="HtmlRenderer"/>. One
/// renderer has one dispatcher (one thread at a time), so pages are split over one renderer per core.
/// </summary>
public sealed class PageRenderer : IAsyncDisposable
{
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    public PageRenderer()
    {
        // The default encoder writes every non-ASCII character as an entity (· → &#xB7;); Indonesian and
        // English text is safe to write as UTF-8, which keeps pages smaller and readable.
        services = new ServiceCollection()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    public static async Task<IReadOnlyList<RenderedPage>> RenderAllAsync(
        SiteModel site, IReadOnlyList<PageRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var workers = Math.Clamp(Math.Min(Environment.ProcessorCount, requests.Count / 16), 1, 8);
        var results = new RenderedPage[requests.Count];
        await Parallel.ForAsync(0, workers, cancellationToken, async (worker, token) =>
        {
            await using var pageRenderer = new PageRenderer();
            for (var i = worker; i < requests.Count; i += workers)
            {
                token.ThrowIfCancellationRequested();
                results[i] = new RenderedPage(requests[i].Meta, await pageRenderer.RenderAsync(site, requests[i]).ConfigureAwait(false));
            }
        }).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// Does the first-time work of rendering in this process (loading the renderer's types, compiling its
    /// generic code, Markdig's pipeline, the JSON writer) by rendering a page-shaped component once. See
    /// <see cref="ColdStart"/>, which runs it beside ReadContent.
    /// </summary>
    public static async Task<string> WarmUpAsync()
    {
        await using var warm = new PageRenderer();
        var html = await warm.renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(WarmUpComponent.Text)] = "<warm-up>" });
            var output = await warm.renderer.RenderComponentAsync<WarmUpComponent>(parameters).ConfigureAwait(false);
            return output.ToHtmlString();
        }).ConfigureAwait(false);
        return html + MarkdownRenderer.ToHtml("**warm-up** [link](https://example.org)\n\n| a | b |\n|---|---|\n| 1 | 2 |", Language.Id) + JsonLd.FaqPage("warm-up?", "warm-up", "https://example.org/");
    }

    public Task<string> RenderAsync(SiteModel site, PageRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = new Dictionary<string, object?>(request.Parameters, StringComparer.Ordinal)
        {
            ["Site"] = site,
            ["Meta"] = request.Meta,
        };
        return renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(request.Component, ParameterView.FromDictionary(parameters)).ConfigureAwait(false);
            return "<!DOCTYPE html>\n" + output.ToHtmlString() + "\n";
        });
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync().ConfigureAwait(false);
        await services.DisposeAsync().ConfigureAwait(false);
    }
}
