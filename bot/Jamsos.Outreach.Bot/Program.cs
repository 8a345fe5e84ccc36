using Jamsos.Outreach.Bot.Cli;

// Verbs: ask, check-content (see README). The chat channels arrive with the bot core.
return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, TimeProvider.System).ConfigureAwait(false);
