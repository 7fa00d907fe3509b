using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Postgres
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
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "Customer");

            // PostgreSQL keeps a constraint's name through a table rename; the model names it after the new table.
            migrationBuilder.DropPrimaryKey(name: "PK_CustomerActivities", table: "ContentActivities");
            migrationBuilder.AddPrimaryKey(name: "PK_ContentActivities", table: "ContentActivities", column: "Id");

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

            migrationBuilder.DropPrimaryKey(name: "PK_ContentActivities", table: "CustomerActivities");
            migrationBuilder.AddPrimaryKey(name: "PK_CustomerActivities", table: "CustomerActivities", column: "Id");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerActivities_CustomerId_OccurredUtc",
                table: "CustomerActivities",
                columns: new[] { "CustomerId", "OccurredUtc" });
        }
    }
}
