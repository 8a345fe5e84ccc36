using BenchmarkDotNet.Attributes;
using Jamsos.Outreach.Knowledge.Answering;
using Jamsos.Outreach.Knowledge.Content;

namespace Jamsos.Outreach.Benchmarks;

/// <summary>
/// Start-up cost: reading and validating content/ (<see cref="Load"/>), building the answer engine's
/// indexes and spelling corrector from a loaded knowledge base (<see cref="BuildAnswerer"/>), and both
/// (<see cref="ColdStart"/>). Measured warm (JIT done, files in the OS cache), as a restart or a content
/// reload would see them. Target: content load under 300 ms.
/// </summary>
/// <remarks>
/// Loading runs YamlDotNet and Markdig over ~100 files and allocates ~10 MB; it takes a few hundred calls
/// for tiered JIT and the GC to settle, so this class warms up longer than the command line asks.
/// </remarks>
[Config(typeof(LatencyConfig))]
[WarmupCount(20)]
public class ContentLoadBenchmarks
{
    private string root = null!;
    private KnowledgeBase knowledge = null!;

    [GlobalSetup]
    public void Setup()
    {
        root = BenchmarkContent.Root();
        knowledge = ContentLoader.Load(root);
    }

    [Benchmark]
    public KnowledgeBase Load() => ContentLoader.Load(root);

    [Benchmark]
    public Answerer BuildAnswerer() => new(knowledge);

    [Benchmark]
    public Answerer ColdStart() => new(ContentLoader.Load(root));
}
