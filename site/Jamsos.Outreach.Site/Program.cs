using Jamsos.Outreach.Site.Cli;
using Jamsos.Outreach.Site.Generation;

// Verbs: build (the default) and bench. See the README's "Site" section.
// The renderer's one-time start-up work begins at once, beside reading the settings and the content.
_ = ColdStart.Begin();
return await SiteCommandLine.RunAsync(args, Console.Out, Console.Error, TimeProvider.System).ConfigureAwait(false);
