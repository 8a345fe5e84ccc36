using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Knowledge.Answering;

/// <summary>How well one entry matches a question: BM25F and the best question-variant cosine.</summary>
internal readonly record struct EntryScore(FaqEntry Entry, double Bm25, double Cosine);
