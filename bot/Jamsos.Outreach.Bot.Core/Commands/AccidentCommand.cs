using Jamsos.Outreach.Bot.Core.Conversations;
using Jamsos.Outreach.Knowledge.Answering;

namespace Jamsos.Outreach.Bot.Core.Commands;

/// <summary>/kecelakaan: a work accident, the first steps.</summary>
public sealed class AccidentCommand(CrisisPaths paths) : CrisisCommand(paths, Crisis.Accident, "kecelakaan");
