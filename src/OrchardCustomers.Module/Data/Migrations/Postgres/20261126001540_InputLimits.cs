using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InputLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SortName",
                table: "Customers",
                type: "character varying(402)",
                maxLength: 402,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "Customers",
                type: "character varying(402)",
                maxLength: 402,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "SortName",
                table: "Customers",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(402)",
                oldMaxLength: 402);

            migrationBuilder.AlterColumn<string>(
                name: "DisplayName",
                table: "Customers",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(402)",
                oldMaxLength: 402);
        }
    }
}
