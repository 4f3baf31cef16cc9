#include "report/ProductIndex.h"

namespace rd {

int ProductIndex::intern(const ComplaintFact& fact)
{
    const std::string& key = fact.sku.empty() ? fact.product : fact.sku;
    if (key.empty()) {
        return -1;
    }
    auto it = m_byKey.find(key);
    if (it != m_byKey.end()) {
        ProductInfo& known = m_products[static_cast<std::size_t>(it->second)];
        if (known.name.empty() && !fact.product.empty()) {
            known.name = fact.product;
        }
        return it->second;
    }
    const int index = size();
    m_products.push_back({key, fact.sku, fact.product});
    m_byKey.emplace(key, index);
    return index;
}

std::optional<int> ProductIndex::find(const std::string& key) const
{
    auto it = m_byKey.find(key);
    if (it == m_byKey.end()) {
        return std::nullopt;
    }
    return it->second;
}

} // namespace rd
