using Jamsos.Outreach.Site.Cli;

// Verbs: build (the default) and bench. See the README's "Site" section.
return await SiteCommandLine.RunAsync(args, Console.Out, Console.Error, TimeProvider.System).ConfigureAwait(false);
