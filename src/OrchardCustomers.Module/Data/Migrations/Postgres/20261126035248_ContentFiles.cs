using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ContentFiles : Migration
    {
        /// <summary>
        /// Customer files and pictures become the files and pictures of any content item. Rows are kept: the tables
        /// are renamed, CustomerId becomes ContentItemId, the old ContentType (a MIME type) becomes MediaType, and every
        /// existing row belongs to the content type "Customer". The foreign keys to Customers go: other features' items
        /// have files too, and a deleted item's files and picture are removed by ContentFilesHandler instead.
        /// </summary>
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(name: "FK_CustomerFiles_Customers_CustomerId", table: "CustomerFiles");
            migrationBuilder.DropForeignKey(name: "FK_CustomerPictures_Customers_CustomerId", table: "CustomerPictures");
            migrationBuilder.DropIndex(name: "IX_CustomerFiles_CustomerId_UploadedUtc", table: "CustomerFiles");
            migrationBuilder.DropPrimaryKey(name: "PK_CustomerPictures", table: "CustomerPictures");

            migrationBuilder.RenameTable(name: "CustomerFiles", newName: "ContentFiles");
            migrationBuilder.RenameColumn(name: "ContentType", table: "ContentFiles", newName: "MediaType");
            migrationBuilder.RenameColumn(name: "CustomerId", table: "ContentFiles", newName: "ContentItemId");
            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "ContentFiles",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "Customer");

            // PostgreSQL keeps a constraint's name through a table rename; the model names it after the new table.
            migrationBuilder.DropPrimaryKey(name: "PK_CustomerFiles", table: "ContentFiles");
            migrationBuilder.AddPrimaryKey(name: "PK_ContentFiles", table: "ContentFiles", column: "Id");

            migrationBuilder.RenameTable(name: "CustomerPictures", newName: "ContentPictures");
            migrationBuilder.RenameColumn(name: "ContentType", table: "ContentPictures", newName: "MediaType");
            migrationBuilder.RenameColumn(name: "CustomerId", table: "ContentPictures", newName: "ContentItemId");
            migrationBuilder.AddColumn<string>(
                name: "ContentType",
                table: "ContentPictures",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                defaultValue: "Customer");
            migrationBuilder.AddPrimaryKey(name: "PK_ContentPictures", table: "ContentPictures", columns: new[] { "ContentType", "ContentItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_ContentFiles_ContentType_ContentItemId_UploadedUtc",
                table: "ContentFiles",
                columns: new[] { "ContentType", "ContentItemId", "UploadedUtc" });
        }

        /// <summary>
        /// Back to customer files and pictures: the rows of other content types, and those of customers that no longer
        /// exist, are dropped, so that the foreign keys hold again.
        /// </summary>
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_ContentFiles_ContentType_ContentItemId_UploadedUtc", table: "ContentFiles");
            migrationBuilder.DropPrimaryKey(name: "PK_ContentPictures", table: "ContentPictures");
            migrationBuilder.Sql("DELETE FROM \"ContentFiles\" WHERE \"ContentType\" <> 'Customer' OR \"ContentItemId\" NOT IN (SELECT \"Id\" FROM \"Customers\")");
            migrationBuilder.Sql("DELETE FROM \"ContentPictures\" WHERE \"ContentType\" <> 'Customer' OR \"ContentItemId\" NOT IN (SELECT \"Id\" FROM \"Customers\")");

            migrationBuilder.DropColumn(name: "ContentType", table: "ContentFiles");
            migrationBuilder.RenameColumn(name: "ContentItemId", table: "ContentFiles", newName: "CustomerId");
            migrationBuilder.RenameColumn(name: "MediaType", table: "ContentFiles", newName: "ContentType");
            migrationBuilder.RenameTable(name: "ContentFiles", newName: "CustomerFiles");

            migrationBuilder.DropPrimaryKey(name: "PK_ContentFiles", table: "CustomerFiles");
            migrationBuilder.AddPrimaryKey(name: "PK_CustomerFiles", table: "CustomerFiles", column: "Id");

            migrationBuilder.DropColumn(name: "ContentType", table: "ContentPictures");
            migrationBuilder.RenameColumn(name: "ContentItemId", table: "ContentPictures", newName: "CustomerId");
            migrationBuilder.RenameColumn(name: "MediaType", table: "ContentPictures", newName: "ContentType");
            migrationBuilder.RenameTable(name: "ContentPictures", newName: "CustomerPictures");
            migrationBuilder.AddPrimaryKey(name: "PK_CustomerPictures", table: "CustomerPictures", column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerFiles_CustomerId_UploadedUtc",
                table: "CustomerFiles",
                columns: new[] { "CustomerId", "UploadedUtc" });

            migrationBuilder.AddForeignKey(
                name: "FK_CustomerFiles_Customers_CustomerId",
                table: "CustomerFiles",
                column: "CustomerId",
                principalTable: "Customers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CustomerPictures_Customers_CustomerId",
                table: "CustomerPictures",
                column: "CustomerId",
                principalTable: "Customers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
