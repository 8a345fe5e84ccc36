using Jamsos.Outreach.Bot.Channels.Discord.Wire;

namespace Jamsos.Outreach.Bot.Channels.Discord.Interactions;

/// <summary>
/// The slash commands, in Indonesian with English descriptions for English clients. Usable in servers and
/// in DMs with the bot (contexts 0 and 1), installed to servers (integration type 0).
/// </summary>
internal static class DiscordCommands
{
    public const string Ask = "tanya";
    public const string AskQuestion = "pertanyaan";
    public const string Contribution = "iuran";
    public const string ContributionIncome = "penghasilan";
    public const string ContributionSector = "sektor";
    public const string SignUp = "daftar";
    public const string Delete = "hapus";
    public const string MyData = "datasaya";
    public const string Reminder = "pengingat";
    public const string Help = "bantuan";

    private static readonly IReadOnlyList<int> GuildAndDm = [0, 1];
    private static readonly IReadOnlyList<int> GuildInstall = [0];

    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        Command(Ask, "Tanya apa saja soal BPJS Ketenagakerjaan", "Ask anything about BPJS Ketenagakerjaan",
        [
            new CommandOption
            {
                Type = CommandOptionTypes.String, Name = AskQuestion, Required = true, MinLength = 2, MaxLength = 1000,
                Description = "Pertanyaan Anda, misalnya: berapa iuran untuk ojol?", DescriptionLocalizations = English("Your question, e.g. how much does an ojol driver pay?"),
            },
        ]),
        Command(Contribution, "Hitung iuran BPJS Ketenagakerjaan dari penghasilan Anda", "Compute your BPJS Ketenagakerjaan contribution from your income",
        [
            new CommandOption
            {
                Type = CommandOptionTypes.Integer, Name = ContributionIncome, Required = true, MinValue = 0, MaxValue = 1_000_000_000,
                Description = "Penghasilan per bulan dalam rupiah, misalnya 2500000", DescriptionLocalizations = English("Monthly income in rupiah, e.g. 2500000"),
            },
            new CommandOption
            {
                Type = CommandOptionTypes.String, Name = ContributionSector, Required = true,
                Description = "Sektor pekerjaan Anda", DescriptionLocalizations = English("Your sector of work"),
                Choices =
                [
                    new CommandChoice("Transportasi (ojol, opang, sopir, kurir)", "transport") { NameLocalizations = English("Transport (ojol, opang, driver, courier)") },
                    new CommandChoice("Lainnya (petani, pedagang, dll.)", "other") { NameLocalizations = English("Other (farmer, trader, etc.)") },
                    new CommandChoice("Iuran saya dibayar pemda", "government") { NameLocalizations = English("My contribution is paid by the local government") },
                ],
            },
        ]),
        Command(SignUp, "Minta dihubungi tim kami untuk mendaftar (formulir singkat)", "Ask our team to contact you about joining (short form)", null),
        Command(MyData, "Lihat data Anda yang kami simpan", "See the data we keep about you", null),
        Command(Reminder, "Pengingat bayar iuran bulanan, lewat DM", "A monthly reminder to pay your contribution, by DM", null),
        Command(Delete, "Hapus data pendaftaran dan percakapan Anda", "Delete your sign-up and conversation data", null),
        Command(Help, "Cara memakai bot ini", "How to use this bot", null),
    ];

    private static ApplicationCommand Command(string name, string description, string english, IReadOnlyList<CommandOption>? options) => new()
    {
        Name = name,
        Description = description,
        DescriptionLocalizations = English(english),
        Contexts = GuildAndDm,
        IntegrationTypes = GuildInstall,
        Options = options,
    };

    private static Dictionary<string, string> English(string text) => new(StringComparer.Ordinal) { ["en-US"] = text, ["en-GB"] = text };
}
