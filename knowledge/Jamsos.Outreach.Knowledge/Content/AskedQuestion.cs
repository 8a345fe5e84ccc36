namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// A question people really asked (or asked in those words at a public source), labelled with the entry
/// that answers it: training data for the ranker, never shown (content/asked/). <see cref="Language"/>
/// is the index it joins: English, or Indonesian for Indonesian, Javanese, Sundanese and mixed text.
/// <see cref="Batch"/> is the evaluation set it was copied from (the file's <c>from</c> column; null when
/// not given): out-of-fold evaluation holds out whole batches, as a fresh batch would be new.
/// </summary>
public sealed record AskedQuestion(string Question, string EntryId, Language Language = Language.Id, string? Batch = null);
