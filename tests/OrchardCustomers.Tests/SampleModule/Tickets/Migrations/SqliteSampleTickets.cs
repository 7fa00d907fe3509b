using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OrchardCustomers.Tests.SampleModule.Tickets.Migrations;

[DbContext(typeof(SqliteSampleDbContext))]
[Migration("20261126030000_SampleTickets")]
public sealed class SqliteSampleTickets : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateTable(
            name: "SampleTickets",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                StampedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SampleTickets", x => x.Id));

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "SampleTickets");
}
