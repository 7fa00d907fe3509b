namespace OrchardCustomers.Module.Customers.Models;

public enum PaymentMethod
{
    BankTransfer,
    SepaDirectDebit,
    Card,
    PayPal,
    Cash,
}
