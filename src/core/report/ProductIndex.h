#pragma once

#include "store/ReportStore.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace rd {

// A product as the report groups complaints: by SKU, or by product name when the review has no
// SKU. Reviews with neither belong to no product.
struct ProductInfo
{
    std::string key; // the SKU, else the product name
    std::string sku;
    std::string name; // the first non-empty product name seen for the key
};

// Interns products so report rows carry a small index instead of two strings.
class ProductIndex
{
public:
    // Index of the fact's product, or -1 when it names none.
    int intern(const ComplaintFact& fact);
    const ProductInfo& at(int index) const { return m_products[static_cast<std::size_t>(index)]; }
    std::optional<int> find(const std::string& key) const;
    int size() const { return static_cast<int>(m_products.size()); }

private:
    std::vector<ProductInfo> m_products;
    std::unordered_map<std::string, int> m_byKey;
};

} // namespace rd
