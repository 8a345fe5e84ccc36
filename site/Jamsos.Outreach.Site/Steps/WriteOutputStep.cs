using Jamsos.Outreach.Site.Generation;

namespace Jamsos.Outreach.Site.Steps;

/// <summary>
/// Writes every file at the end, over the previous build, then removes what this build no longer
/// writes (a Pagefind index included: it is made again from the new pages). A folder that is not empty
/// is only touched if an earlier build marked it as ours: a mistyped --output never deletes someone's files.
/// </summary>
public sealed class WriteOutputStep : ISiteStep
{
    public const string Marker = ".jamsos-site";

    public string Name => "WriteOutput";

    public async Task ExecuteAsync(SiteBuild build, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(build);
        var output = Path.GetFullPath(build.OutputPath);
        var previous = new HashSet<string>(StringComparer.Ordinal);
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!File.Exists(Path.Combine(output, Marker)))
            {
                throw new IOException($"{output} is not empty and was not written by the site generator; choose another --output.");
            }

            previous.UnionWith(Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories));
        }

        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, Marker), "Written by Jamsos.Outreach.Site; rewritten on every build.\n", cancellationToken).ConfigureAwait(false);
        previous.Remove(Path.Combine(output, Marker));
        foreach (var folder in build.Files.Keys.Select(k => Path.GetDirectoryName(Path.Combine(output, k))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(build.Files, new ParallelOptions { CancellationToken = cancellationToken }, file =>
            Overwrite(Path.Combine(output, file.Key), file.Value));

        previous.ExceptWith(build.Files.Keys.Select(k => Path.Combine(output, k)));
        foreach (var stale in previous)
        {
            File.Delete(stale);
        }

        foreach (var folder in Directory.EnumerateDirectories(output, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
    }

    /// <summary>
    /// Writes over an existing file in place and trims it to the new length, instead of truncating it
    /// first. A rebuild rewrites every file, and truncating frees the file's blocks only for the write to
    /// allocate them again: on ext4 (mounted with discard, as here) that made writing 1,037 files 260 ms
    /// instead of 17 ms. Blocking calls on two threads: the async file API only adds thread-pool hops.
    /// </summary>
    private static void Overwrite(string path, byte[] content)
    {
        using var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, bufferSize: 0);
        stream.Write(content);
        if (stream.Length != content.Length)
        {
            stream.SetLength(content.Length);
        }
    }
}
