using Npgsql;
using Shouldly;
using Yingshang.Web.Platform.Persistence;

namespace Yingshang.Tests.Platform;

public sealed class NpgsqlDefaultsTests
{
    [Fact]
    public void A_connection_string_that_sets_neither_gets_auto_prepare_and_no_reset()
    {
        var result = new NpgsqlConnectionStringBuilder(PersistenceModule.NpgsqlDefaults("Host=db;Database=ys;Username=app;Password=s3cret"));

        result.MaxAutoPrepare.ShouldBe(64);
        result.NoResetOnClose.ShouldBeTrue();
        result.Host.ShouldBe("db");
        result.Database.ShouldBe("ys");
        result.Password.ShouldBe("s3cret");
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;maxautoprepare=0;noresetonclose=false")]
    public void Values_the_operator_sets_are_kept(string connection)
    {
        var result = new NpgsqlConnectionStringBuilder(PersistenceModule.NpgsqlDefaults(connection));

        result.MaxAutoPrepare.ShouldBe(0);
        result.NoResetOnClose.ShouldBeFalse();
    }
}
