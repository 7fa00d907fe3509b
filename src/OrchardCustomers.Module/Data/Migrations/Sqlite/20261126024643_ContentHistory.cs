using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ContentHistory : Migration
    {
        /// <summary>
        /// The customer history becomes the history of any content item. Rows are kept: the table is renamed, and
        /// every existing row belongs to the content type "Customer".
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_CustomerActivities_CustomerId_OccurredUtc", table: "CustomerActivities");
            migrationBuilder.RenameTable(name: "CustomerActivities", newName: "ContentActivities");
            migrationBuilder.RenameColumn(name: "CustomerId", table: "ContentActivities", newName: "ContentItemId");
            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "ContentActivities",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "Customer");

            migrationBuilder.CreateIndex(
                name: "IX_ContentActivities_ContentType_ContentItemId_OccurredUtc",
                table: "ContentActivities",
                columns: new[] { "ContentType", "ContentItemId", "OccurredUtc" });
        }

        /// <summary>Back to a customer history: the entries of other content types are dropped.</summary>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_ContentActivities_ContentType_ContentItemId_OccurredUtc", table: "ContentActivities");
            migrationBuilder.Sql("DELETE FROM \"ContentActivities\" WHERE \"ContentType\" <> 'Customer'");
            migrationBuilder.DropColumn(name: "ContentType", table: "ContentActivities");
            migrationBuilder.RenameColumn(name: "ContentItemId", table: "ContentActivities", newName: "CustomerId");
            migrationBuilder.RenameTable(name: "ContentActivities", newName: "CustomerActivities");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerActivities_CustomerId_OccurredUtc",
                table: "CustomerActivities",
                columns: new[] { "CustomerId", "OccurredUtc" });
        }
    }
}
