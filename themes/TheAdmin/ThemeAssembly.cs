namespace TheAdmin;

/// <summary>Names this assembly to the host: <c>host.AddTheme(typeof(ThemeAssembly).Assembly)</c>.</summary>
public static class ThemeAssembly;
