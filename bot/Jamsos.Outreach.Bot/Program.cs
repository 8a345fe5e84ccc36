using Jamsos.Outreach.Bot.Cli;

// No verb runs the bot (the terminal chat when no platform token is set); "--help" lists the verbs.
return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error, TimeProvider.System).ConfigureAwait(false);
