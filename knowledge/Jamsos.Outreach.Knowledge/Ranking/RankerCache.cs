using System.Security.Cryptography;
using System.Text;

namespace Jamsos.Outreach.Knowledge.Ranking;

/// <summary>
/// Keeps the trained entry classifier on disk so that a fresh process with the same content and the same
/// engine loads it instead of training it again (start-up budget: 1.5 s). Training is deterministic, so a
/// loaded classifier is the one training would give: same weights, same answers (tested). The file is
/// named by a SHA-256 over everything training reads: the engine build (its module version id), the
/// runtime and processor (floating point), the training settings and every (entry, text, weight) example in order; any other content or code gets
/// another name, so a stale file is never used. A damaged or unreadable file, or a folder that cannot be
/// written, only means training as before. Holds no personal data: the examples are the content's
/// variants and the public questions in content/asked. The <see cref="Kept"/> most recently used files are kept (four by default).
/// A build also trains the ranker once and ships it beside the program (<see cref="ShippedFolderName"/>, the bot's
/// <c>train-ranker</c> verb run by its project file): a read-only folder looked in first, so the first process
/// after a build or a deployment loads instead of training.
/// </summary>
public sealed class RankerCache
{
    /// <summary>Set to a folder to keep the cache there, or to <c>off</c> to train in every process.</summary>
    public const string EnvironmentVariable = "JAMSOS_RANKER_CACHE";

    private const int DefaultKept = 4;
    private const int FormatVersion = 3;
    private static readonly byte[] Magic = "JORC"u8.ToArray();

    /// <summary>The folder beside the program where the build puts the ranker it trained.</summary>
    public const string ShippedFolderName = "ranker";

    /// <param name="directory">Where trained classifiers are kept (written and pruned).</param>
    /// <param name="shipped">A read-only folder looked in first (the build's ranker), or null.</param>
    public RankerCache(string directory, string? shipped = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
        Shipped = string.IsNullOrWhiteSpace(shipped) ? null : shipped;
    }

    public string Directory { get; }

    /// <summary>How many of the most recently used files a save keeps (the build's folder keeps one: the ranker of its content).</summary>
    public int Kept { get; init; } = DefaultKept;

    /// <summary>The read-only folder looked in before <see cref="Directory"/>, or null.</summary>
    public string? Shipped { get; }

    /// <summary>The shipped folder beside this program, when the build left one there.</summary>
    public static string? ShippedBesideProgram()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, ShippedFolderName);
        return System.IO.Directory.Exists(folder) ? folder : null;
    }

    /// <summary>
    /// The cache the engine uses unless told otherwise: <see cref="EnvironmentVariable"/>'s folder, none when it
    /// is <c>off</c>, else a folder in the user's local application data (the temp folder when there is none).
    /// </summary>
    public static RankerCache? FromEnvironment()
    {
        var setting = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (string.Equals(setting, "off", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(setting))
        {
            return new RankerCache(setting, ShippedBesideProgram());
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return new RankerCache(Path.Combine(string.IsNullOrEmpty(local) ? Path.GetTempPath() : local, "jamsos-outreach", "ranker"), ShippedBesideProgram());
    }

    /// <summary>The name of the classifier these examples and settings train (hex SHA-256).</summary>
    public static string Key(IReadOnlyList<(string EntryId, string Text)> examples, IReadOnlyList<float> weights, SoftmaxOptions options)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(options);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add(FormatVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add(typeof(RankerCache).Assembly.ManifestModule.ModuleVersionId.ToString("N"));
        Add($"{Environment.Version} {System.Runtime.InteropServices.RuntimeInformation.ProcessArchitecture} {System.Numerics.Vector<float>.Count}");
        Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{options.Epochs} {options.LearningRate:R} {options.L2:R} {options.Seed} {options.Bags}"));
        Add(options.HiddenLayer?.Fingerprint ?? "no hidden layer");
        for (var i = 0; i < examples.Count; i++)
        {
            Add(examples[i].EntryId);
            Add(examples[i].Text);
            Add(weights[i].ToString("R", System.Globalization.CultureInfo.InvariantCulture));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The classifier stored under this key, shipped or kept, or null (none, damaged, another format).</summary>
    public EntryClassifier? TryLoad(string key) =>
        (Shipped is null ? null : TryRead(Path.Combine(Shipped, key + ".ranker"), key, touch: false)) ?? TryRead(PathOf(key), key, touch: true);

    private static EntryClassifier? TryRead(string path, string key, bool touch)
    {
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != FormatVersion || reader.ReadString() != key)
            {
                return null;
            }

            var classifier = EntryClassifier.Read(reader);
            if (stream.Position != stream.Length)
            {
                return null;
            }

            if (touch)
            {
                Touch(path);
            }

            return classifier;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or EndOfStreamException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    /// <summary>Stores the classifier under this key (written aside, then moved into place); true when stored.</summary>
    public bool TrySave(string key, EntryClassifier classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        string? temporary = null;
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            temporary = Path.Combine(Directory, $"{key}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var writer = new BinaryWriter(stream, Encoding.UTF8))
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
                writer.Write(key);
                classifier.Write(writer);
            }

            File.Move(temporary, PathOf(key), overwrite: true);
            temporary = null;
            Prune();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Nothing more to do: a leftover .tmp file is never read.
                }
            }
        }
    }

    /// <summary>The file a classifier of this key is kept in.</summary>
    public string PathOf(string key) => Path.Combine(Directory, key + ".ranker");

    /// <summary>Marks a file as used now: the most recently used files are the ones <see cref="Prune"/> keeps.</summary>
    private static void Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only cache still serves; it is only pruned by age of writing.
        }
    }

    private void Prune()
    {
        var old = new DirectoryInfo(Directory).GetFiles("*.ranker").OrderByDescending(f => f.LastWriteTimeUtc).Skip(Math.Max(1, Kept));
        foreach (var file in old)
        {
            try
            {
                file.Delete();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another process may be reading it; the next save tries again.
            }
        }
    }
}
