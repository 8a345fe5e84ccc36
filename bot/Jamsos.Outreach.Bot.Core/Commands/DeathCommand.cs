using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Answering;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/meninggal: a death in the family, what to arrange.</summary>
public sealed class DeathCommand(CrisisPaths paths) : CrisisCommand(paths, Crisis.Death, "meninggal");
