using Microsoft.AspNetCore.Routing;

namespace Jamsos.Outreach.Bot.Http;

/// <summary>
/// One channel's HTTP routes and where they listen. Registered as a singleton (<see cref="HttpListenerRegistration.AddHttpEndpoints{T}"/>);
/// <see cref="HttpListeners"/> maps every registration onto the listener of its URLs.
/// </summary>
public interface IHttpEndpoints
{
    /// <summary>For logs, e.g. "Telegram webhook".</summary>
    string Name { get; }

    /// <summary>Semicolon-separated listen URLs, e.g. http://0.0.0.0:8080. The same set (in any order) means the same listener.</summary>
    string ListenUrls { get; }

    /// <summary>Adds the routes. Called once, before the listener starts.</summary>
    void Map(IEndpointRouteBuilder routes);
}
