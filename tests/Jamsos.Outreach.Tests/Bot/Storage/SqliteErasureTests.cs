using System.Text;
using Jamsos.Outreach.Bot.Storage.Sqlite;
using Jamsos.Outreach.Tests.Support;
using Xunit;
using static Jamsos.Outreach.Tests.Bot.Storage.StorageSamples;

namespace Jamsos.Outreach.Tests.Bot.Storage;

/// <summary>
/// Issue 14: after /hapus no byte of the person's name or phone is left in the SQLite file or its WAL, and
/// the database, WAL and SHM files are readable by the bot's user only.
/// </summary>
public sealed class SqliteErasureTests : IDisposable
{
    private const string Name = "Zakharia Wiranegara";
    private const string Phone = "+6281299887766";

    private readonly TempDatabase temp = new();

    [Fact]
    public async Task DeletePersonAsync_AfterSignUp_LeavesNoByteOfNameOrPhoneInTheFileOrWal()
    {
        await new SqliteSignUpStore(temp.Database).UpsertAsync(SignUp(phone: Phone, name: Name, userId: "7"));
        await new SqliteSignUpStore(temp.Database).UpsertAsync(SignUp(phone: "+6281100000001", name: "Orang Lain", userId: "8"));

        await new SqlitePersonalDataStore(temp.Database).DeletePersonAsync("telegram", "7", "a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7");

        var found = SqliteFileModes.FilesOf(temp.FilePath).Take(2)
            .SelectMany(file => new[] { Name, Phone }.Where(secret => Contains(ReadShared(file), secret)).Select(secret => Path.GetFileName(file) + ": " + secret))
            .ToList();
        Assert.Empty(found);
    }

    [Fact]
    public async Task DeletePersonAsync_AfterSignUp_KeepsTheOtherPersonReadable()
    {
        await new SqliteSignUpStore(temp.Database).UpsertAsync(SignUp(phone: Phone, name: Name, userId: "7"));
        await new SqliteSignUpStore(temp.Database).UpsertAsync(SignUp(phone: "+6281100000001", name: "Orang Lain", userId: "8"));

        await new SqlitePersonalDataStore(temp.Database).DeletePersonAsync("telegram", "7", "a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7a7");

        Assert.Equal("Orang Lain", (await new SqliteSignUpStore(temp.Database).ListAsync()).Single().Name);
    }

    [Fact]
    public async Task CheckAsync_NewDatabase_FileWalAndShmAreOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await new SqliteSignUpStore(temp.Database).UpsertAsync(SignUp());

        var modes = new List<string>();
        foreach (var file in SqliteFileModes.FilesOf(temp.FilePath))
        {
            modes.Add(Path.GetFileName(file) + " " + (File.Exists(file) ? File.GetUnixFileMode(file).ToString() : "missing"));
        }

        Assert.Equal(["jamsos.db UserWrite, UserRead", "jamsos.db-wal UserWrite, UserRead", "jamsos.db-shm UserWrite, UserRead"], modes);
    }

    [Fact]
    public async Task CheckAsync_ExistingWorldReadableFile_IsMadeOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var path = Path.Combine(temp.Folder, "old.db");
        await File.WriteAllBytesAsync(path, []);
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await temp.Open(path).CheckAsync();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    public void Dispose() => temp.Dispose();

    private static byte[] ReadShared(string file)
    {
        if (!File.Exists(file))
        {
            return [];
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static bool Contains(byte[] haystack, string secret) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) >= 0;
}
