namespace Jamsos.Outreach.Site.Generation;

/// <summary>One page to render: its metadata, the Razor component that lays it out, and that component's parameters.</summary>
public sealed record PageRequest(PageMeta Meta, Type Component, IReadOnlyDictionary<string, object?> Parameters);
