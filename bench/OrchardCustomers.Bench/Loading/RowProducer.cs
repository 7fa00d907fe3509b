using System.Threading.Channels;
using OrchardCustomers.Bench.Generating;

namespace OrchardCustomers.Bench.Loading;

/// <summary>
/// Generates the customers on one thread while the loader writes on another (the machine has two cores). Each batch
/// has its own seed, so the data does not depend on batch timing.
/// </summary>
public static class RowProducer
{
    public const int BatchSize = 5_000;

    public static ChannelReader<RowBatch> Start(long count, int seed, TableShape customers, TableShape keys, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<RowBatch>(new BoundedChannelOptions(8) { SingleReader = true, SingleWriter = true });
        _ = Task.Run(
            async () =>
            {
                try
                {
                    for (long first = 1, batch = 0; first <= count; first += BatchSize, batch++)
                    {
                        // Not HashCode.Combine: it is seeded per process.
                        var random = new Random(unchecked((seed * 1_000_003) + (int)batch));
                        var customerRows = new List<object?[]>(BatchSize);
                        var keyRows = new List<object?[]>(BatchSize * 3);
                        for (var id = first; id < first + BatchSize && id <= count; id++)
                        {
                            var generated = CustomerFaker.Create(id, count, random);
                            customerRows.Add(customers.Row(generated.Customer));
                            keyRows.AddRange(generated.Keys.Select(keys.Row));
                        }

                        await channel.Writer.WriteAsync(new RowBatch(customerRows, keyRows), cancellationToken);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            cancellationToken);
        return channel.Reader;
    }
}
