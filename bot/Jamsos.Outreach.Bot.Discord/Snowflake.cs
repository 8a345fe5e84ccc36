namespace Jamsos.Outreach.Bot.Channels.Discord;

/// <summary>Discord ids are 64-bit numbers sent as strings; this client keeps them as strings end to end.</summary>
internal static class Snowflake
{
    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= 20 && id.All(char.IsAsciiDigit) && ulong.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>The shard a guild's events go to: (guild_id &gt;&gt; 22) % shard count.</summary>
    public static int ShardOf(string guildId, int shardCount) =>
        (int)((ulong.Parse(guildId, System.Globalization.CultureInfo.InvariantCulture) >> 22) % (ulong)shardCount);
}
