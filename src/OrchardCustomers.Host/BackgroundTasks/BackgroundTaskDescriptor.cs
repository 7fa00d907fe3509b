using System.Reflection;
using NCrontab;
using OrchardCustomers.Host.Modules;

namespace OrchardCustomers.Host.BackgroundTasks;

/// <summary>A registered task type with its parsed schedule and the feature it belongs to.</summary>
public sealed class BackgroundTaskDescriptor
{
    public BackgroundTaskDescriptor(Type type)
    {
        Type = type;
        var attribute = type.GetCustomAttribute<BackgroundTaskAttribute>() ?? new BackgroundTaskAttribute();
        Name = type.FullName ?? type.Name;
        Title = string.IsNullOrEmpty(attribute.Title) ? type.Name : attribute.Title;
        Description = attribute.Description;
        Schedule = CrontabSchedule.Parse(attribute.Schedule);
        FeatureId = FeatureCatalog.FeatureOf(type);
    }

    public Type Type { get; }

    public string Name { get; }

    public string Title { get; }

    public string Description { get; }

    public CrontabSchedule Schedule { get; }

    public string FeatureId { get; }

    /// <summary>The first occurrence after <paramref name="afterUtc"/>, with the cron read in <paramref name="zone"/>.</summary>
    public DateTime NextOccurrenceUtc(DateTime afterUtc, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(afterUtc, zone);
        var next = Schedule.GetNextOccurrence(local);
        // A local time skipped by a daylight-saving jump does not exist; run an hour later instead.
        while (zone.IsInvalidTime(next))
        {
            next = next.AddHours(1);
        }

        return TimeZoneInfo.ConvertTimeToUtc(next, zone);
    }
}
