using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrchardCustomers.Module.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InputLimits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite does not enforce text lengths: only the model (the display and sort name's 402) changed.
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo on SQLite.
        }
    }
}
