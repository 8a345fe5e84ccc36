using Jamsos.Outreach.Tests.Bot.Privacy.Check;
using Jamsos.Outreach.Tests.Support;
using Xunit;

namespace Jamsos.Outreach.Tests.Bot.Privacy;

/// <summary>
/// The privacy check (issue 14, point 7) on PostgreSQL: the same life as <see cref="SqlitePrivacyCheckTests"/>
/// with Storage:Provider=Postgres, then every table of the database (listed from information_schema) and the
/// log output hold no trace of the person.
/// </summary>
[Collection(EnvironmentCollectionDefinition.Name)]
public sealed class PostgresPrivacyCheckTests(PostgresPersonLifeFixture life)
    : PrivacyCheckTests<PostgresPersonLifeFixture>(life), IClassFixture<PostgresPersonLifeFixture>;
