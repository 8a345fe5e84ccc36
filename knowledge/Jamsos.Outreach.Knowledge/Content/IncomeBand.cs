namespace Jamsos.Outreach.Knowledge.Content;

/// <summary>
/// One of the 33 BPU income bands (PP 44/2015 Lampiran II). A declared income belongs to the band with
/// the largest <see cref="From"/> not above it; contributions are computed on <see cref="Base"/>.
/// </summary>
public sealed record IncomeBand(int Number, decimal From, decimal Base);
